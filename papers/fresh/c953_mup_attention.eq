% Tensor Programs V / muP (Yang et al., 2022), Sec. 3 and Definition 4.1: attention logits scaled by 1/d instead of
% 1/sqrt(d)
Q, K, V \in \mathbb{R}^{n \times d}

\mathrm{Attention}(Q, K, V) = \mathrm{softmax}\left(\frac{QK^\top}{d}\right)V
