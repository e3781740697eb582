import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { includeOcopFields, presentOcopProducts } from "./store/products/ocop-fields"
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
    { matcher: "/store/products", method: ["GET"], middlewares: [includeOcopFields, presentOcopProducts] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [includeOcopFields, presentOcopProducts] },
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
