% Leviathan et al. (ICML 2023), speculative decoding, Sec. 2.3, pasted from the printing; p (target) and
% q (draft) distributions over the vocabulary as vectors (prose: here p is the draft model M_q? no: q the target)
p, q \in \mathbb{R}^{V}

p'(x) = norm(\max(0, p(x) - q(x)))
