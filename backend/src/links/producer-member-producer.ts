import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"
import ProducerMemberModule from "../modules/producer-member"

// A member may work for several producers and a producer has several members; the role is the
// membership's, not the person's (the owner of one cooperative can be staff of another). The role
// is one of PRODUCER_MEMBER_ROLES, written only by the membership workflows: a link's extra column
// takes no list of values, so it is text (its default is raw SQL).
export default defineLink(
  { linkable: ProducerMemberModule.linkable.producerMember, isList: true },
  { linkable: ProducerModule.linkable.producer, isList: true },
  {
    database: {
      extraColumns: {
        role: { type: "text", defaultValue: "'staff'" },
      },
    },
  },
)
