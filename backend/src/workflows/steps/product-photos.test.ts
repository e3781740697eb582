import { isCover, type PhotoImageMetadata, type ProductPhoto, thumbnailOf, withPhotoArranged, withPhotoRemoved, withPhotosAdded, withUploadedPhotos } from "./product-photos"

const photo = (id: string): ProductPhoto => ({
  id,
  url: `https://files/${id}-1280.webp`,
  metadata: {
    photo: {
      width: 1280,
      height: 960,
      placeholder: "data:image/webp;base64,",
      renditions: [
        { width: 640, format: "webp", url: `https://files/${id}-640.webp` },
        { width: 1280, format: "webp", url: `https://files/${id}-1280.webp` },
      ],
    },
    file_ids: [`file_${id}`],
  },
})

describe("a product's photos", () => {
  const [a, b, c] = [photo("a"), photo("b"), photo("c")]
  const ids = (photos: { images: ProductPhoto[] }) => photos.images.map((p) => p.id)

  it("makes a product's first photo its cover, shown at 640 px", () => {
    const added = withPhotosAdded({ images: [], thumbnail: null }, [a, b])
    expect(added.thumbnail).toBe("https://files/a-640.webp")
    expect(isCover(a, added.thumbnail)).toBe(true)
    expect(withPhotosAdded(added, [c])).toEqual({ images: [a, b, c], thumbnail: thumbnailOf(a) })
  })

  it("moves a photo to its new place, the end when the place is past it; the cover moves first", () => {
    const current = { images: [a, b, c], thumbnail: thumbnailOf(a) }
    expect(withPhotoArranged(current, "c", { rank: 0 })).toEqual({ images: [c, a, b], thumbnail: thumbnailOf(c) })
    expect(withPhotoArranged(current, "a", { rank: 9 })).toEqual({ images: [b, c, a], thumbnail: thumbnailOf(b) })
    expect(ids(withPhotoArranged(current, "b", { rank: 1 }))).toEqual(["a", "b", "c"])
    expect(withPhotoArranged(current, "c", { cover: true })).toEqual({ images: [c, a, b], thumbnail: thumbnailOf(c) })
    expect(() => withPhotoArranged(current, "z", { rank: 0 })).toThrow("This product has no photo z.")
  })

  it("gives the cover to the first photo left when the cover is removed, and none when no photo is", () => {
    expect(withPhotoRemoved({ images: [a, b], thumbnail: thumbnailOf(a) }, "a")).toEqual({ images: [b], thumbnail: thumbnailOf(b) })
    expect(withPhotoRemoved({ images: [a, b], thumbnail: thumbnailOf(a) }, "b").thumbnail).toBe(thumbnailOf(a))
    expect(withPhotoRemoved({ images: [a], thumbnail: thumbnailOf(a) }, "a")).toEqual({ images: [], thumbnail: null })
  })

  it("gives a photo attached by URL alone the renditions of the upload with that URL, and leaves every other image as it is", () => {
    const uploaded = photo("u")
    const uploads = new Map([[uploaded.url, uploaded.metadata as PhotoImageMetadata]])
    const byUrl: ProductPhoto = { id: "img_u", url: uploaded.url, metadata: null }
    const elsewhere: ProductPhoto = { id: "img_x", url: "https://elsewhere.example/x.jpg", metadata: { alt: "x" } }
    expect(withUploadedPhotos([a, byUrl, elsewhere], uploads)).toEqual([a, { ...byUrl, metadata: uploaded.metadata }, elsewhere])
    // Metadata the image already had is kept beside the photo's.
    expect(withUploadedPhotos([{ ...byUrl, metadata: { alt: "u" } }], uploads)).toEqual([{ ...byUrl, metadata: { alt: "u", ...uploaded.metadata } }])
    // Nothing to fill: an image that already has its photo, or a URL no upload has.
    expect(withUploadedPhotos([{ ...uploaded, id: "img_a" }, elsewhere], uploads)).toBeUndefined()
    expect(withUploadedPhotos([], uploads)).toBeUndefined()
  })
})
