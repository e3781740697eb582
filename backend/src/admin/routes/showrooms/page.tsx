import { defineRouteConfig } from "@medusajs/admin-sdk"
import { HouseStar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { type FormEvent, useCallback, useEffect, useState } from "react"
import { adminApi } from "../../lib/admin-api"
import { PageIntro, useAdminRead } from "../../lib/admin-page"
import { vietnamTime } from "../../lib/format"
import { SELECT_CLASS, UnitPicker } from "../../lib/unit-picker"

type Showroom = {
  id: string
  handle: string
  name: string
  address_as_issued: string
  province_name: string | null
  commune_name: string | null
  phone: string | null
  sales_channel: { id: string; name: string } | null
  stock_location: { id: string; name: string } | null
  staff_count: number
}

type StaffMember = { id: string; name: string; email: string; role: "cashier" | "manager"; created_at: string }

const ROLES: Record<StaffMember["role"], string> = { cashier: "Cashier", manager: "Manager" }

const NEW_SHOWROOM = { name: "", handle: "", address_as_issued: "", phone: "" }

/** A new showroom: the workflow makes its sales channel and its stock location at this address. */
function CreateShowroom({ onCreated }: { onCreated: (showroom: Showroom) => void }) {
  const [fields, setFields] = useState(NEW_SHOWROOM)
  const [units, setUnits] = useState({ province_code: "", commune_code: "" })
  const [busy, setBusy] = useState(false)
  // Counts the showrooms made here, so the province and commune pickers start empty for the next.
  const [made, setMade] = useState(0)
  const field = (name: keyof typeof NEW_SHOWROOM) => ({
    id: `showroom-${name}`,
    size: "small" as const,
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields((current) => ({ ...current, [name]: event.target.value })),
  })
  const create = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const { showroom } = await adminApi<{ showroom: Showroom }>("/admin/showrooms", {
        method: "POST",
        body: { ...fields, phone: fields.phone.trim() || undefined, ...units },
      })
      toast.success(`${showroom.name} is made, with its sales channel and stock location. Add its staff next.`)
      setFields(NEW_SHOWROOM)
      setMade((count) => count + 1)
      onCreated(showroom)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={create} className="flex flex-col gap-3 px-6 py-4" aria-label="New showroom">
      <Heading level="h2">New showroom</Heading>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="showroom-name" size="xsmall">
            Name
          </Label>
          <Input {...field("name")} placeholder="Cửa hàng giới thiệu sản phẩm OCOP …" />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="showroom-handle" size="xsmall">
            Handle (lower-case letters, digits and dashes)
          </Label>
          <Input {...field("handle")} placeholder="showroom-van-don" />
        </div>
        <div className="flex flex-col gap-1 md:col-span-2">
          <Label htmlFor="showroom-address_as_issued" size="xsmall">
            Address as written (printed on receipts)
          </Label>
          <Input {...field("address_as_issued")} placeholder="số nhà, đường, xã/phường, tỉnh" />
        </div>
        <UnitPicker key={made} idPrefix="showroom" onChange={setUnits} />
        <div className="flex flex-col gap-1">
          <Label htmlFor="showroom-phone" size="xsmall">
            Phone (optional)
          </Label>
          <Input {...field("phone")} placeholder="0203 3874 123" />
        </div>
      </div>
      <div>
        <Button size="small" type="submit" isLoading={busy} disabled={!fields.name.trim() || !fields.handle.trim() || !units.commune_code}>
          Create showroom
        </Button>
      </div>
    </form>
  )
}

const NEW_STAFF = { name: "", email: "", role: "cashier" as StaffMember["role"], password: "" }

/** A showroom's cashiers and managers: add one with the password they sign in to the counter with, or remove one. */
function ShowroomStaff({ showroom, onChanged }: { showroom: Showroom; onChanged: () => void }) {
  const [staff, setStaff] = useState<StaffMember[] | null>(null)
  const [fields, setFields] = useState(NEW_STAFF)
  const [busy, setBusy] = useState(false)
  const load = useCallback(async () => {
    try {
      setStaff((await adminApi<{ staff: StaffMember[] }>(`/admin/showrooms/${showroom.id}/staff`)).staff)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }, [showroom.id])
  useEffect(() => {
    load()
  }, [load])
  const add = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const { staff: added } = await adminApi<{ staff: StaffMember }>(`/admin/showrooms/${showroom.id}/staff`, { method: "POST", body: fields })
      toast.success(`${added.name} can sign in at the counter (/pos) with ${added.email} and the password you set: tell them.`)
      setFields(NEW_STAFF)
      await load()
      onChanged()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const remove = async (member: StaffMember) => {
    if (!window.confirm(`Remove ${member.name} from ${showroom.name}? They are signed out of the counter.`)) return
    try {
      await adminApi(`/admin/showrooms/${showroom.id}/staff/${member.id}`, { method: "DELETE" })
      toast.success(`${member.name} no longer signs in at the counter.`)
      await load()
      onChanged()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  const id = (name: string) => `staff-${showroom.id}-${name}`
  return (
    <div className="flex flex-col gap-3">
      {staff && staff.length === 0 && <Text size="small">No staff yet: add a manager first, who approves discounts and closes shifts.</Text>}
      {staff && staff.length > 0 && (
        <ul className="flex flex-col gap-1" aria-label={`Staff of ${showroom.name}`}>
          {staff.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center gap-2">
              <Text size="small" weight="plus">
                {member.name}
              </Text>
              <Badge size="2xsmall" color={member.role === "manager" ? "blue" : "grey"}>
                {ROLES[member.role]}
              </Badge>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {member.email} · since {vietnamTime(member.created_at)}
              </Text>
              <Button size="small" variant="transparent" onClick={() => remove(member)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="flex flex-wrap items-end gap-2" aria-label={`Add staff to ${showroom.name}`}>
        <div className="flex flex-col gap-1">
          <Label htmlFor={id("name")} size="xsmall">
            Name
          </Label>
          <Input id={id("name")} size="small" value={fields.name} onChange={(event) => setFields({ ...fields, name: event.target.value })} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={id("email")} size="xsmall">
            Email
          </Label>
          <Input id={id("email")} size="small" type="email" value={fields.email} onChange={(event) => setFields({ ...fields, email: event.target.value })} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={id("role")} size="xsmall">
            Role
          </Label>
          <select
            id={id("role")}
            className={SELECT_CLASS}
            value={fields.role}
            onChange={(event) => setFields({ ...fields, role: event.target.value as StaffMember["role"] })}
          >
            <option value="cashier">Cashier</option>
            <option value="manager">Manager</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={id("password")} size="xsmall">
            Password (at least 8 characters)
          </Label>
          <Input
            id={id("password")}
            size="small"
            type="password"
            autoComplete="new-password"
            value={fields.password}
            onChange={(event) => setFields({ ...fields, password: event.target.value })}
          />
        </div>
        <Button size="small" type="submit" isLoading={busy} disabled={!fields.name.trim() || !fields.email.trim() || !fields.password}>
          Add staff
        </Button>
      </form>
    </div>
  )
}

/**
 * The district OCOP showrooms that sell at a counter (/pos): each with its own sales channel and
 * stock location, and its cashiers and managers, each with a login of their own.
 */
export default function ShowroomsPage() {
  const { data, problem, reload: load } = useAdminRead<{ showrooms: Showroom[] }>("/admin/showrooms")
  const showrooms = data?.showrooms

  return (
    <Container className="divide-y p-0">
      <PageIntro title="Showrooms" problem={problem}>
        The district showrooms (cửa hàng giới thiệu sản phẩm OCOP) that sell at the counter. A showroom sells from its own stock location in its
        own sales channel; its staff sign in at the storefront's /pos with the email and password you give them.
      </PageIntro>
      {showrooms && showrooms.length === 0 && <Text className="px-6 py-4">No showroom yet: create the first below.</Text>}
      {showrooms && showrooms.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Showroom</Table.HeaderCell>
              <Table.HeaderCell>Sells from</Table.HeaderCell>
              <Table.HeaderCell>Staff</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {showrooms.map((showroom) => (
              <Table.Row key={showroom.id} className="align-top">
                <Table.Cell className="max-w-xs whitespace-normal break-words py-3">
                  <Text weight="plus">{showroom.name}</Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {showroom.address_as_issued}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {[showroom.commune_name, showroom.province_name].filter(Boolean).join(", ")}
                    {showroom.phone ? ` · ${showroom.phone}` : ""}
                  </Text>
                </Table.Cell>
                <Table.Cell className="whitespace-normal py-3">
                  <Text size="small">{showroom.stock_location?.name ?? "No stock location"}</Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    Channel: {showroom.sales_channel?.name ?? "none"}
                  </Text>
                </Table.Cell>
                <Table.Cell className="whitespace-normal py-3">
                  <ShowroomStaff showroom={showroom} onChanged={load} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <CreateShowroom onCreated={load} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Showrooms", icon: HouseStar })
