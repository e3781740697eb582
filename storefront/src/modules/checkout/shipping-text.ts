// The words for a shipping option: the shop's own for the options it knows by code, in the
// buyer's language, else the name and description the backend gives.
import type { ShippingChoice } from "@/lib/checkout";

type Translate = {
  (key: string): string;
  has(key: string): boolean;
};

export function shippingName(t: Translate, choice: Pick<ShippingChoice, "id" | "name">): string {
  const key = `options.${choice.id}.name`;
  return t.has(key) ? t(key) : choice.name;
}

export function shippingDescription(t: Translate, choice: Pick<ShippingChoice, "id" | "description">): string | null {
  const key = `options.${choice.id}.description`;
  return t.has(key) ? t(key) : choice.description;
}
