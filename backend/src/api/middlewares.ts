import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  addApprovedProducersOnly,
  completeApprovedProducersOnly,
  listApprovedProducersOnly,
  retrieveApprovedProducersOnly,
} from "./store/products/approved-producers"
import { includeOcopFields, presentOcopProducts } from "./store/products/ocop-fields"
import { correctShippingOptionsStock } from "./store/shipping-options-stock"
import { checkCartAddresses, checkCustomerAddress } from "./store/vietnamese-addresses"
import {
  AdminCreateProducer,
  AdminListProducersQuery,
  AdminRecordCertificate,
  AdminSetProductOcop,
  AdminUpdateCertificate,
  AdminUpdateProducer,
  ProductOcopAdditionalData,
  StoreListProducersQuery,
} from "./validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/products", method: ["GET"], middlewares: [listApprovedProducersOnly, includeOcopFields, presentOcopProducts] },
    {
      matcher: "/store/products/:id",
      method: ["GET"],
      middlewares: [retrieveApprovedProducersOnly, includeOcopFields, presentOcopProducts],
    },
    { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [addApprovedProducersOnly] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [completeApprovedProducersOnly] },
    { matcher: "/store/shipping-options", method: ["GET"], middlewares: [correctShippingOptionsStock] },
    { matcher: "/store/carts", method: ["POST"], middlewares: [checkCartAddresses] },
    { matcher: "/store/carts/:id", method: ["POST"], middlewares: [checkCartAddresses] },
    { matcher: "/store/customers/me/addresses", method: ["POST"], middlewares: [checkCustomerAddress] },
    { matcher: "/store/customers/me/addresses/:address_id", method: ["POST"], middlewares: [checkCustomerAddress] },
    {
      matcher: "/store/producers",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListProducersQuery, {})],
    },
    {
      matcher: "/admin/producers",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListProducersQuery, {})],
    },
    { matcher: "/admin/producers", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateProducer)] },
    { matcher: "/admin/producers/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateProducer)] },
    {
      matcher: "/admin/products/:id/certificates",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminRecordCertificate)],
    },
    { matcher: "/admin/products/:id/ocop", method: ["POST"], middlewares: [validateAndTransformBody(AdminSetProductOcop)] },
    { matcher: "/admin/certificates/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCertificate)] },
    { matcher: "/admin/products", method: ["POST"], additionalDataValidator: ProductOcopAdditionalData.shape },
    { matcher: "/admin/products/:id", method: ["POST"], additionalDataValidator: ProductOcopAdditionalData.shape },
  ],
})
