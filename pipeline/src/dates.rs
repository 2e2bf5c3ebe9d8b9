//! Stage 4: absolute and relative dates at the precision the text gives.
