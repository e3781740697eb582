import { ERROR_CODES } from "@ocop/domain/errors"
import { MAX_PHOTO_BYTES } from "@ocop/domain/photo-limits"
import { MAX_UPLOAD_BYTES, photoFilesRefusal, uploadTooLarge } from "./photo-uploads"

const refusal = (files: { size: number }[]) => {
  const error = photoFilesRefusal(files, "files")
  return error && { code: error.code, message: error.message }
}

describe("what one upload of photos may hold", () => {
  it("takes one to five photos of at most 20 MB each", () => {
    expect(photoFilesRefusal([{ size: 1 }], "files")).toBeUndefined()
    expect(photoFilesRefusal(Array.from({ length: 5 }, () => ({ size: MAX_PHOTO_BYTES })), "files")).toBeUndefined()
  })

  it("refuses no photo, six, and one too large, each saying what to do", () => {
    expect(refusal([])).toEqual({ code: ERROR_CODES.photoMissing, message: 'The upload has no photo: send each file in the field "files".' })
    expect(refusal(Array.from({ length: 6 }, () => ({ size: 1 })))).toEqual({ code: ERROR_CODES.tooManyPhotos, message: "Send at most 5 photos at a time." })
    expect(refusal([{ size: 1 }, { size: MAX_PHOTO_BYTES + 1 }])).toEqual({ code: ERROR_CODES.photoTooLarge, message: "The photo is 20.0 MB; photos may be at most 20 MB." })
    expect(refusal([{ size: 0 }])).toEqual({ code: ERROR_CODES.photoNotAnImage, message: "The photo file is empty." })
  })

  it("holds two photos of the largest size, and says so when an upload is larger", () => {
    expect(MAX_UPLOAD_BYTES).toBeGreaterThan(2 * MAX_PHOTO_BYTES)
    expect(uploadTooLarge().message).toBe("The upload is larger than 40 MB: send photos of at most 20 MB each, one or two at a time.")
  })
})
