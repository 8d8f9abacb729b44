// The typed client of the contract: in Electron, preload's bridge; in browser
// mode, the same channels over HTTP to 127.0.0.1 with the run's token.
import { channelNames, type Api, type ChannelName, type Result } from '../../main/contract/index.js';

declare global {
  interface Window {
    khoiThiDua?: Api;
  }
}

const TOKEN_HEADER = 'x-khoi-thi-dua-token';

function browserToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) sessionStorage.setItem('token', fromUrl);
  return fromUrl ?? sessionStorage.getItem('token') ?? '';
}

function httpApi(): Api {
  const token = browserToken();
  const call = async (name: ChannelName, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
      if (response.status === 403) {
        return { ok: false, code: 'FORBIDDEN', message: 'Phiên làm việc đã hết hạn. Hãy mở lại địa chỉ mà lệnh npm run web in ra.' };
      }
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, code: 'INTERNAL', message: 'Không kết nối được với máy chủ của phần mềm. Hãy kiểm tra cửa sổ lệnh npm run web.' };
    }
  };
  return Object.fromEntries(channelNames.map((name) => [name, (input: unknown) => call(name, input)])) as Api;
}

export const api: Api = window.khoiThiDua ?? httpApi();

/** In the desktop app main reads files itself through the system's dialogs; browser mode uploads them. */
export const isDesktop = window.khoiThiDua !== undefined;

/** An error a query or mutation throws, carrying the service's Vietnamese message. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Unwraps a Result for react-query: the data, or an ApiError. */
export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (r.ok) return r.data;
  throw new ApiError(r.code, r.message, r.fieldErrors);
}
