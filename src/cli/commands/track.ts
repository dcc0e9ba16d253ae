// PLACEHOLDER: owned by another helper; replace this whole file.
import type { Command } from '../io';
export const trackCommand: Command = async (_args, io) => {
  io.err('Chưa có / not yet available: track');
  return 2;
};
