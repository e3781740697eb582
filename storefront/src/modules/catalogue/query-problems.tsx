// Tells the buyer which values of the URL were ignored (a mistyped or outdated link), in words.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { type CatalogueQuery, catalogueSearchParams, type QueryProblem } from "@/lib/catalogue-query";
import { formatVnd } from "@/lib/money";
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

export function QueryProblems({ problems, query }: { problems: readonly QueryProblem[]; query: CatalogueQuery }) {
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
      <Link href={{ pathname: "/products", query: catalogueSearchParams(query) }}>{tc("cleanLink")}</Link>
    </div>
  );
}
