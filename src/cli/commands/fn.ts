// PLACEHOLDER: owned by another helper; replace this whole file.
import type { Command } from '../io';
export const fnCommand: Command = async (_args, io) => {
  io.err('Chưa có / not yet available: fn');
  return 2;
};
