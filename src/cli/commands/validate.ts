// PLACEHOLDER: owned by another helper; replace this whole file.
import type { Command } from '../io';
export const validateCommand: Command = async (_args, io) => {
  io.err('Chưa có / not yet available: validate');
  return 2;
};
