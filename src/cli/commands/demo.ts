// PLACEHOLDER: owned by another helper; replace this whole file.
import type { Command } from '../io';
export const demoCommand: Command = async (_args, io) => {
  io.err('Chưa có / not yet available: demo');
  return 2;
};
