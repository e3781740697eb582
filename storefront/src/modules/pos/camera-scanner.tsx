"use client";
// Scanning with the device's camera where the browser has BarcodeDetector (Chrome on Android and
// ChromeOS, Edge); elsewhere the button is not shown and the USB scanner or the search box serve.
import { useEffect, useRef, useState } from "react";
import styles from "./pos.module.css";

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorClass = new (options: { formats: string[] }) => Detector;

function detectorClass(): DetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
}

export function CameraScanButton({ onCode }: { onCode: (code: string) => void }) {
  const [available, setAvailable] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => setAvailable(Boolean(detectorClass()) && Boolean(navigator.mediaDevices?.getUserMedia)), []);
  if (!available) return null;
  return (
    <>
      <button type="button" className={styles.secondary} onClick={() => setOpen(true)}>
        Quét bằng camera
      </button>
      {open ? (
        <CameraScanner
          onCode={(code) => {
            setOpen(false);
            onCode(code);
          }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

function CameraScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const Detector = detectorClass();
    if (!Detector) return;
    let stream: MediaStream | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ["ean_13"] });
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
        if (!video.current || stopped) return;
        video.current.srcObject = stream;
        await video.current.play();
        while (!stopped) {
          const [found] = await detector.detect(video.current);
          if (found?.rawValue) return onCode(found.rawValue);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      } catch {
        setError("Không mở được camera: hãy cho phép trình duyệt dùng camera, hoặc dùng máy quét.");
      }
    })();
    return () => {
      stopped = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [onCode]);
  return (
    <div className={styles.overlay} role="dialog" aria-label="Quét mã vạch bằng camera">
      <div className={styles.card}>
        <video ref={video} className={styles.camera} muted playsInline />
        {error ? (
          <p className={styles.error} role="alert">
            {error}
          </p>
        ) : (
          <p className={styles.muted}>Đưa mã vạch vào khung hình.</p>
        )}
        <button type="button" className={styles.secondary} onClick={onClose}>
          Đóng camera
        </button>
      </div>
    </div>
  );
}
