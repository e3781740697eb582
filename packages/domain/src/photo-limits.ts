/**
 * What a product photo may be, for the backend's photo pipeline that enforces it and the portal that
 * words its refusals: a file of at most 20 MB (a phone's photo is 2–8 MB), at most 40 megapixels
 * (above any phone camera, below what would exhaust memory on decode), at most 5 in one upload.
 */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024
export const MAX_PHOTO_MEGABYTES = MAX_PHOTO_BYTES / 1024 / 1024
export const MAX_PHOTO_PIXELS = 40_000_000
export const MAX_PHOTO_MEGAPIXELS = MAX_PHOTO_PIXELS / 1_000_000
export const MAX_PHOTOS_PER_UPLOAD = 5
