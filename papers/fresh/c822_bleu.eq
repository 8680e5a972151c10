% BLEU (Papineni et al. 2002): brevity penalty of candidate length c against reference length r, and the score
c, r \in \mathbb{R}, w, p \in \mathbb{R}^{N}

\mathrm{BP} = \begin{cases} 1 & \text{if } c > r \\ e^{(1 - r/c)} & \text{if } c \le r \end{cases}
\mathrm{BLEU} = \mathrm{BP} \cdot \exp\left( \sum_{n=1}^{N} w_n \log p_n \right)
