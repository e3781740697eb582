// The words for a shipping option: the shop's own for the options it knows by code, in the
// buyer's language, else the name and description the backend gives.
import type { ShippingChoice } from "@/lib/checkout";

type Translate = {
  (key: string): string;
  has(key: string): boolean;
};

export function shippingName(t: Translate, choice: Pick<ShippingChoice, "code" | "name">): string {
  const key = `options.${choice.code}.name`;
  return choice.code && t.has(key) ? t(key) : choice.name;
}

export function shippingDescription(t: Translate, choice: Pick<ShippingChoice, "code" | "description">): string | null {
  const key = `options.${choice.code}.description`;
  return choice.code && t.has(key) ? t(key) : choice.description;
}
