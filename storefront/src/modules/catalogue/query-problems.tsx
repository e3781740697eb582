// Tells the buyer which values of the URL were ignored (a mistyped or outdated link), in words.
import { formatVnd } from "@ocop/domain/money";
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";
import type { QueryProblem } from "@/lib/catalogue-query";
import styles from "./catalogue-page.module.css";

const MESSAGE_KEYS = {
  stars: "invalidStars",
  industry: "invalidIndustry",
  productSet: "invalidProductSet",
  province: "invalidProvince",
  price: "invalidPrice",
  sort: "invalidSort",
  page: "invalidPage",
} as const;

type Href = ComponentProps<typeof Link>["href"];

/** `cleanHref` is the same view without the ignored values. */
export function QueryProblems({ problems, cleanHref }: { problems: readonly QueryProblem[]; cleanHref: Href }) {
  const t = useTranslations("Filters");
  const tc = useTranslations("Catalogue");
  if (problems.length === 0) return null;
  return (
    <div role="status" className={styles.problems}>
      <p>{tc("ignoredTitle")}</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.kind}-${"value" in problem ? problem.value : `${problem.min}-${problem.max}`}`}>
            {problem.kind === "priceRange"
              ? t("invalidPriceRange", { min: formatVnd(problem.min), max: formatVnd(problem.max) })
              : t(MESSAGE_KEYS[problem.kind], { value: problem.value })}
          </li>
        ))}
      </ul>
      <Link href={cleanHref}>{tc("cleanLink")}</Link>
    </div>
  );
}
