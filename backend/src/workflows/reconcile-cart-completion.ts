/**
 * Settles a cart whose completion was cut off. Medusa's completeCartWorkflow commits each step on
 * its own: the order (createOrdersStep), then side by side the order's links to the cart and the
 * payment collection, the cart's completion and the reservations, then the payment's authorisation.
 * A process killed between them (a crash, a deploy, the kernel's out-of-memory killer) leaves an
 * order without its cart link, reservations or payment, and neither workflow engine finishes or
 * undoes that run: the in-memory one keeps its progress in the dead process, the Redis one keeps
 * only the step states (not their results) and resumes only steps with retries or timeouts, which
 * this workflow has none of. Both leave the run in `workflow_execution` as begun and never ended.
 * A second completion of the cart then places a second order when the link is missing, or answers
 * with the unfinished order when it is there.
 *
 * So the unfinished runs are found and their cart is set right, here, by two callers: the validate
 * hook of completeCartWorkflow (hooks/buying-rules.ts), before a buyer's retry places anything, and
 * the reconcile-cart-completions job, for carts nobody completes again. Both hold the cart's lock,
 * the one completeCartWorkflow takes, so no completion of that cart runs meanwhile. The rule:
 * - The order the cart is linked to is the one a completion answers with: it is finished, with the
 *   steps Medusa would have run (reservations, payment authorisation, the payment collection's link,
 *   the cart's completion). If it cannot be (its stock went to other buyers, the payment is
 *   refused), it is cancelled, which releases what it holds.
 * - An order the cart is not linked to was never shown to anyone: it is deleted with its
 *   reservations and its payment collection link, as Medusa's own compensations would, and a cart with
 *   no order is reopened. Such an order is recognised by what it copied from the cart (buyer,
 *   region, channel, currency, lines, address) and by its time: created within the lock's lifetime
 *   after the run began.
 */
import type { BigNumberInput, ConfirmVariantInventoryWorkflowInputDTO, CreateOrderTransactionDTO, MedusaContainer, PaymentCollectionUpdatableFields } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, PaymentCollectionStatus, ReservationItemWorkflowEvents, TransactionState } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  cancelOrderWorkflow,
  completeCartWorkflowId,
  confirmVariantInventoryWorkflow,
  createRemoteLinkStep,
  deleteReservationsByLineItemsStep,
  dismissRemoteLinkStep,
  emitEventStep,
  reserveInventoryStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"

/** completeCartWorkflow's lock lives this long (its TWO_MINUTES): no run of it outlasts that holding the cart. */
export const CART_COMPLETION_LOCK_SECONDS = 120
/** How long Medusa keeps a finished completion (its THREE_DAYS retention): runs older than that are not looked at. */
const LOOK_BACK_MS = 3 * 24 * 3_600_000
const UNFINISHED_STATES = [
  TransactionState.NOT_STARTED,
  TransactionState.INVOKING,
  TransactionState.WAITING_TO_COMPENSATE,
  TransactionState.COMPENSATING,
]
/** A session in one of these has done what completeCartWorkflow's authorisation does. */
const AUTHORISED_SESSION_STATES = ["authorized", "captured", "pending_authorization"]
/** What the payment module makes a collection once one of its sessions is authorised. */
const COLLECTION_STATES_AFTER_AUTHORISATION = ["authorized", "partially_authorized", "completed"]

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: unknown[] }> }

export type InterruptedCompletion = { cart_id: string; transaction_id: string; started_at: string }

/**
 * Completions of carts that began and never ended, begun before `startedBefore`; of one cart only
 * when `cartId` is given. A run still going holds its cart's lock, which the callers take first.
 */
export async function interruptedCartCompletions(
  container: MedusaContainer,
  { cartId, startedBefore = new Date(), excludeTransactionId }: { cartId?: string; startedBefore?: Date; excludeTransactionId?: string } = {},
): Promise<InterruptedCompletion[]> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const executions = await engine.listWorkflowExecutions(
    {
      workflow_id: completeCartWorkflowId,
      state: UNFINISHED_STATES,
      created_at: { $gte: new Date(Date.now() - LOOK_BACK_MS).toISOString(), $lt: startedBefore.toISOString() },
    },
    { select: ["transaction_id", "created_at", "context"] },
  )
  return executions.flatMap((execution) => {
    const context = execution.context as { data?: { payload?: { id?: string } } } | null
    const cart_id = context?.data?.payload?.id
    if (!cart_id || (cartId && cart_id !== cartId) || execution.transaction_id === excludeTransactionId) return []
    return [{ cart_id, transaction_id: execution.transaction_id, started_at: new Date(execution.created_at).toISOString() }]
  })
}

export type ReconcileCartCompletionInput = { cart_id: string; attempts: Pick<InterruptedCompletion, "started_at">[] }

type PaymentCollection = { id: string; status: string; payment_sessions?: { id: string; status: string; amount: BigNumberInput }[] }

type OrderLine = { id: string; variant_id: string | null; quantity: number; unit_price: number }
type Address = Record<string, unknown> | null | undefined

type CompletionRemains = {
  cart: { id: string; completed: boolean; payment_collection_id: string | null }
  /** The order the cart is linked to, and what of completeCartWorkflow it still lacks. */
  placed: {
    order_id: string
    sales_channel_id: string
    unreserved: { id: string; variant_id: string; quantity: number }[]
    variants: ConfirmVariantInventoryWorkflowInputDTO["variants"]
    payment_session_to_authorise: string | null
    /** A collection whose session was authorised by a process that died before it recorded so on the collection. */
    payment_collection_to_mark_authorised: { id: string; authorized_amount: BigNumberInput } | null
    payment_collection_unlinked: boolean
  } | null
  /** Orders the runs made that the cart is not linked to, with their lines. */
  unplaced: { order_id: string; line_item_ids: string[] }[]
}

/** The fields of an address that a cart's order copies. */
const ADDRESS_FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]

const sameAddress = (a: Address, b: Address) => ADDRESS_FIELDS.every((field) => (a?.[field] ?? null) === (b?.[field] ?? null))

/** The cart's lines as an order copies them, in one order, to compare orders with the cart. */
const linesKey = (lines: { variant_id?: string | null; quantity: unknown; unit_price: unknown }[]) =>
  lines
    .map((line) => `${line.variant_id ?? ""}×${Number(line.quantity)}@${Number(line.unit_price)}`)
    .sort()
    .join(",")

const findCompletionRemainsStep = createStep(
  "find-cart-completion-remains",
  async (input: ReconcileCartCompletionInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: [
        "id", "email", "customer_id", "region_id", "sales_channel_id", "currency_code", "completed_at",
        "items.variant_id", "items.quantity", "items.unit_price", "shipping_address.*",
        "payment_collection.id", "payment_collection.status",
        "payment_collection.payment_sessions.id", "payment_collection.payment_sessions.status", "payment_collection.payment_sessions.amount",
      ],
      filters: { id: input.cart_id },
    })
    type Cart = {
      id: string
      email: string | null
      customer_id: string | null
      region_id: string | null
      sales_channel_id: string | null
      currency_code: string
      completed_at: unknown
      items?: OrderLine[]
      shipping_address?: Address
      payment_collection?: PaymentCollection | null
    }
    const cart = carts[0] as Cart | undefined
    // A cart deleted since has nothing left to settle.
    if (!cart) return new StepResponse<CompletionRemains>({ cart: { id: input.cart_id, completed: false, payment_collection_id: null }, placed: null, unplaced: [] })

    const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
    const placedId = (links as { order_id: string }[])[0]?.order_id

    // What the runs made: orders created in their lifetimes with what the cart would have given them.
    const windows = input.attempts.map(({ started_at }) => {
      const start = new Date(started_at).getTime()
      return [start, start + CART_COMPLETION_LOCK_SECONDS * 1000] as const
    })
    let unplaced: CompletionRemains["unplaced"] = []
    if (windows.length) {
      const { data: candidates } = await query.graph({
        entity: "order",
        fields: [
          "id", "created_at", "is_draft_order", "email", "customer_id", "region_id", "sales_channel_id", "currency_code",
          // An order line's quantity is read with the whole line (it lives in the order's item detail).
          "items.*", "shipping_address.*",
        ],
        filters: {
          email: cart.email,
          created_at: { $gte: new Date(Math.min(...windows.map(([start]) => start))), $lte: new Date(Math.max(...windows.map(([, end]) => end))) },
        },
      })
      type Candidate = Omit<Cart, "completed_at" | "payment_collection"> & { created_at: string; is_draft_order: boolean; items?: OrderLine[] }
      const cartLines = linesKey(cart.items ?? [])
      const matching = (candidates as Candidate[]).filter((order) => {
        const created = new Date(order.created_at).getTime()
        return (
          order.id !== placedId &&
          !order.is_draft_order &&
          windows.some(([start, end]) => created >= start && created <= end) &&
          order.customer_id === cart.customer_id &&
          order.region_id === cart.region_id &&
          order.sales_channel_id === cart.sales_channel_id &&
          order.currency_code === cart.currency_code &&
          linesKey(order.items ?? []) === cartLines &&
          sameAddress(order.shipping_address, cart.shipping_address)
        )
      })
      // An order linked to any cart was placed by that cart's completion, whatever it looks like.
      const { data: linked } = matching.length
        ? await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { order_id: matching.map((order) => order.id) } })
        : { data: [] }
      const linkedIds = new Set((linked as { order_id: string }[]).map((link) => link.order_id))
      unplaced = matching
        .filter((order) => !linkedIds.has(order.id))
        .map((order) => ({ order_id: order.id, line_item_ids: (order.items ?? []).map((line) => line.id) }))
    }

    const remains: CompletionRemains = {
      cart: { id: cart.id, completed: Boolean(cart.completed_at), payment_collection_id: cart.payment_collection?.id ?? null },
      placed: placedId ? await whatPlacedOrderLacks(query, placedId, cart.payment_collection ?? null) : null,
      unplaced,
    }
    return new StepResponse(remains)
  },
)

/** The placed order's lines without a reservation, and its payment if completeCartWorkflow had not authorised it. */
async function whatPlacedOrderLacks(
  query: Query,
  orderId: string,
  paymentCollection: PaymentCollection | null,
): Promise<NonNullable<CompletionRemains["placed"]>> {
  const levels = "items.variant.inventory_items.inventory.location_levels"
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id", "status", "sales_channel_id", "items.*",
      "items.variant.id", "items.variant.manage_inventory", "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id", "items.variant.inventory_items.variant_id", "items.variant.inventory_items.required_quantity",
      `${levels}.stocked_quantity`, `${levels}.reserved_quantity`, `${levels}.raw_stocked_quantity`, `${levels}.raw_reserved_quantity`,
      `${levels}.location_id`, `${levels}.stock_locations.id`, `${levels}.stock_locations.sales_channels.id`,
      "payment_collections.id",
    ],
    filters: { id: orderId },
  })
  type Order = {
    id: string
    status: string
    sales_channel_id: string
    items?: { id: string; variant_id: string | null; quantity: number; variant?: { id: string; manage_inventory: boolean } | null }[]
    payment_collections?: { id: string }[]
  }
  const order = orders[0] as Order
  // A cancelled order holds nothing and is owed nothing (the reconciler's own last resort, or the operator's).
  const lines = order.status === "canceled" ? [] : (order.items ?? []).filter((line) => line.variant?.manage_inventory)
  const { data: reservations } = lines.length
    ? await query.graph({ entity: "reservation", fields: ["line_item_id"], filters: { line_item_id: lines.map((line) => line.id) } })
    : { data: [] }
  const reserved = new Set((reservations as { line_item_id: string }[]).map((reservation) => reservation.line_item_id))
  const unreserved = lines.filter((line) => !reserved.has(line.id))
  const sessions = order.status === "canceled" ? [] : (paymentCollection?.payment_sessions ?? [])
  const authorised = sessions.some((session) => AUTHORISED_SESSION_STATES.includes(session.status))
  // The payment module authorises a session, then in a write of its own brings the collection's status in line.
  const authorisedSession = sessions.find((session) => session.status === "authorized")
  const collectionStale = Boolean(authorisedSession) && !COLLECTION_STATES_AFTER_AUTHORISATION.includes(paymentCollection!.status)
  return {
    order_id: order.id,
    sales_channel_id: order.sales_channel_id,
    unreserved: unreserved.map((line) => ({ id: line.id, variant_id: line.variant_id!, quantity: Number(line.quantity) })),
    // As query.graph reads them with the fields above: what confirmVariantInventoryWorkflow reads.
    variants: unreserved.map((line) => line.variant) as unknown as ConfirmVariantInventoryWorkflowInputDTO["variants"],
    // completeCartWorkflow authorises the first session it accepts; a refused or cancelled one stays so.
    payment_session_to_authorise: authorised ? null : (sessions.find((session) => ["pending", "requires_more"].includes(session.status))?.id ?? null),
    payment_collection_to_mark_authorised: collectionStale ? { id: paymentCollection!.id, authorized_amount: authorisedSession!.amount } : null,
    payment_collection_unlinked: Boolean(paymentCollection) && !(order.payment_collections ?? []).some((collection) => collection.id === paymentCollection!.id),
  }
}

/** The module's typed update leaves out authorized_amount, a field of the collection it writes itself. */
type CollectionAuthorisation = PaymentCollectionUpdatableFields & { authorized_amount: BigNumberInput }

/** Records on the collection the authorisation its session already has, as the payment module does after authorising. */
const markCollectionAuthorisedStep = createStep(
  "mark-payment-collection-authorised",
  async (collection: { id: string; authorized_amount: BigNumberInput }, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const [before] = await payment.listPaymentCollections({ id: collection.id }, { select: ["id", "status", "authorized_amount"] })
    const authorised: CollectionAuthorisation = { status: PaymentCollectionStatus.AUTHORIZED, authorized_amount: collection.authorized_amount }
    await payment.updatePaymentCollections(collection.id, authorised)
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before) return
    const restored: CollectionAuthorisation = { status: before.status, authorized_amount: before.authorized_amount ?? 0 }
    await container.resolve(Modules.PAYMENT).updatePaymentCollections(before.id, restored)
  },
)

/** Not undone: these orders were never placed, and deleting them is what the failed run's compensation would have done. */
const deleteUnplacedOrdersStep = createStep("delete-unplaced-orders", async (orderIds: string[], { container }) => {
  if (orderIds.length) await container.resolve(Modules.ORDER).deleteOrders(orderIds)
  return new StepResponse(orderIds)
})

export const reconcileCartCompletionWorkflow = createWorkflow("reconcile-cart-completion", (input: ReconcileCartCompletionInput) => {
  const remains = findCompletionRemainsStep(input)

  // First what can fail (stock, payment), so that a failure leaves the unplaced orders as they were.
  const reservations = when("placed-order-unreserved", { remains }, ({ remains }) => Boolean(remains.placed?.unreserved.length)).then(() => {
    const confirmInput = transform({ remains }, ({ remains }) => ({
      sales_channel_id: remains.placed!.sales_channel_id,
      variants: remains.placed!.variants,
      items: remains.placed!.unreserved,
    }))
    const confirmed = confirmVariantInventoryWorkflow.runAsStep({ input: confirmInput })
    const created = reserveInventoryStep(confirmed)
    const events = transform({ created, remains }, ({ created, remains }) =>
      created.map((reservation) => ({ id: reservation.id, order_id: remains.placed!.order_id })),
    )
    emitEventStep({ eventName: ReservationItemWorkflowEvents.CREATED, data: events }).config({ name: "emit-repaired-reservations" })
    return created
  })
  const payment = when("placed-order-unauthorised", { remains }, ({ remains }) => Boolean(remains.placed?.payment_session_to_authorise)).then(() => {
    const authorised = authorizePaymentSessionStep(transform({ remains }, ({ remains }) => ({ id: remains.placed!.payment_session_to_authorise! })))
    const transactions = transform({ authorised, remains }, ({ authorised, remains }): CreateOrderTransactionDTO[] =>
      (authorised?.captures ?? []).map((capture) => ({
        order_id: remains.placed!.order_id,
        amount: (capture as { raw_amount?: BigNumberInput }).raw_amount ?? capture.amount,
        currency_code: authorised!.currency_code,
        reference: "capture",
        reference_id: capture.id,
      })),
    )
    addOrderTransactionStep(transactions)
    return authorised
  })
  when("placed-order-collection-not-authorised", { remains }, ({ remains }) => Boolean(remains.placed?.payment_collection_to_mark_authorised)).then(() => {
    markCollectionAuthorisedStep(transform({ remains }, ({ remains }) => remains.placed!.payment_collection_to_mark_authorised!))
  })
  when("placed-order-payment-collection-unlinked", { remains }, ({ remains }) => Boolean(remains.placed?.payment_collection_unlinked)).then(() => {
    createRemoteLinkStep(
      transform({ remains }, ({ remains }) => [
        { [Modules.ORDER]: { order_id: remains.placed!.order_id }, [Modules.PAYMENT]: { payment_collection_id: remains.cart.payment_collection_id } },
      ]),
    )
  })
  when("placed-order-cart-not-completed", { remains }, ({ remains }) => Boolean(remains.placed) && !remains.cart.completed).then(() => {
    updateCartsStep(transform({ remains }, ({ remains }) => [{ id: remains.cart.id, completed_at: new Date() }])).config({ name: "mark-cart-completed" })
  })

  when("unplaced-orders-found", { remains }, ({ remains }) => remains.unplaced.length > 0).then(() => {
    const lineItemIds = transform({ remains }, ({ remains }) => remains.unplaced.flatMap((order) => order.line_item_ids))
    const orderIds = transform({ remains }, ({ remains }) => remains.unplaced.map((order) => order.order_id))
    deleteReservationsByLineItemsStep(lineItemIds)
    // Only the links themselves: deleting an order's links in cascade would delete the cart's
    // payment collection with them, which the cart still pays with.
    dismissRemoteLinkStep(
      transform({ remains }, ({ remains }) =>
        remains.cart.payment_collection_id
          ? remains.unplaced.map((order) => ({
              [Modules.ORDER]: { order_id: order.order_id },
              [Modules.PAYMENT]: { payment_collection_id: remains.cart.payment_collection_id },
            }))
          : [],
      ),
    )
    deleteUnplacedOrdersStep(orderIds)
  })
  when("cart-completed-without-order", { remains }, ({ remains }) => !remains.placed && remains.cart.completed).then(() => {
    updateCartsStep(transform({ remains }, ({ remains }) => [{ id: remains.cart.id, completed_at: null }])).config({ name: "reopen-cart" })
  })

  const repairs = transform({ remains, reservations, payment }, ({ remains, reservations, payment }) => [
    ...(reservations?.length ? [`reserved ${reservations.length} line(s) of order ${remains.placed!.order_id}`] : []),
    ...(payment ? [`authorised the payment of order ${remains.placed!.order_id}`] : []),
    ...(remains.placed?.payment_collection_to_mark_authorised ? [`recorded the authorised payment of order ${remains.placed.order_id} on its collection`] : []),
    ...(remains.placed?.payment_collection_unlinked ? [`linked order ${remains.placed.order_id} to its payment collection`] : []),
    ...(remains.placed && !remains.cart.completed ? ["marked the cart completed"] : []),
    ...(remains.unplaced.length ? [`deleted ${remains.unplaced.map((order) => order.order_id).join(", ")}, never placed`] : []),
    ...(!remains.placed && remains.cart.completed ? ["reopened the cart, which has no order"] : []),
  ])
  return new WorkflowResponse({ order_id: transform({ remains }, ({ remains }) => remains.placed?.order_id ?? null), repairs })
})

/** How the stock or the payment says no: the placed order cannot be finished, and is cancelled. */
const CANNOT_BE_FINISHED: string[] = [
  MedusaError.Types.NOT_ALLOWED,
  MedusaError.Types.INVALID_DATA,
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
]

/**
 * Sets right what the cart's cut-off completions left; the caller holds the cart's lock. A placed
 * order whose stock or payment is gone is cancelled. Answers what it did, nothing when all was in order.
 */
export async function reconcileCartCompletion(
  container: MedusaContainer,
  cartId: string,
  attempts: Pick<InterruptedCompletion, "started_at">[],
): Promise<string[]> {
  try {
    const { result } = await reconcileCartCompletionWorkflow(container).run({ input: { cart_id: cartId, attempts } })
    return result.repairs
  } catch (error) {
    // Anything else (a database or a provider down) is tried again by the next pass.
    if (!MedusaError.isMedusaError(error) || !CANNOT_BE_FINISHED.includes((error as MedusaError).type)) throw error
    const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
    const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
    const orderId = (data as { order_id: string }[])[0]?.order_id
    if (!orderId) throw error
    await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
    return [`cancelled order ${orderId}, which could not be finished: ${(error as Error).message}`]
  }
}
