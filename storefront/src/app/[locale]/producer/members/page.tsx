import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { listPortalMembers, loadPortalMe } from "@/lib/producer-portal";
import { AccountMessages } from "@/modules/account/account-messages";
import { InviteMemberForm, RemoveMemberForm } from "@/modules/producer-portal/portal-forms";
import { PortalUnavailable } from "@/modules/producer-portal/portal-unavailable";
import styles from "@/modules/producer-portal/portal.module.css";

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("members"), robots: { index: false } };
}

/** Who works for the producer, the invitations still open, and for an owner: invite and remove. */
export default async function PortalMembersPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("ProducerPortal");
  const format = await getFormatter();
  const here = getPathname({ href: "/producer/members", locale });
  const [me, listed] = await Promise.all([loadPortalMe(), listPortalMembers()]);
  if ((!me.ok && me.reason === "signed_out") || (!listed.ok && listed.reason === "signed_out")) redirect(getPathname({ href: "/producer", locale }));
  if (!me.ok || !listed.ok || !me.value.producer) return <PortalUnavailable reloadHref={here} />;
  const owner = me.value.producer.role === "owner";
  const { members, invites } = listed.value;
  return (
    <div className={styles.page}>
      <p>
        <Link href="/producer">{t("backHome")}</Link>
      </p>
      <h1 className={styles.heading}>{t("members")}</h1>
      <p className={styles.lead}>{t("membersLead", { producer: me.value.producer.name })}</p>
      <AccountMessages also={["ProducerPortal"]}>
        <ul className={`${styles.list} ${styles.card}`}>
          {members.map((member) => (
            <li key={member.id} className={styles.member}>
              <span>
                <p className={styles.itemTitle}>
                  {member.name}
                  {member.id === me.value.member.id && ` (${t("you")})`}
                </p>
                <p className={styles.meta}>
                  {member.email} · {t(`roles.${member.role}`)}
                </p>
              </span>
              {owner && member.id !== me.value.member.id && <RemoveMemberForm memberId={member.id} name={member.name} />}
            </li>
          ))}
        </ul>
        {invites.length > 0 && (
          <>
            <h2 className={styles.subheading}>{t("openInvites")}</h2>
            <ul className={`${styles.list} ${styles.card}`}>
              {invites.map((invite) => (
                <li key={invite.id}>
                  <p className={styles.itemTitle}>{invite.email}</p>
                  <p className={styles.meta}>
                    {t(`roles.${invite.role}`)} · {t("inviteUntil", { date: format.dateTime(new Date(invite.expires_at), { dateStyle: "medium" }) })}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
        {owner ? (
          <>
            <h2 className={styles.subheading}>{t("inviteTitle")}</h2>
            <div className={styles.card}>
              <InviteMemberForm />
            </div>
          </>
        ) : (
          <p className={styles.meta}>{t("onlyOwnersInvite")}</p>
        )}
      </AccountMessages>
    </div>
  );
}
