% Peters et al. 2018, "Deep contextualized word representations" (ELMo), Eq. 1: a task-specific weighting of all L+1 biLM layers for token k, s^{task} softmax-normalised
\mathbf{h}^{LM} \in \mathbb{R}^{n \times (L+1) \times d}, w \in \mathbb{R}^{L+1}, \gamma^{task} \in \mathbb{R}

\mathbf{ELMo}_k^{task} = \gamma^{task}\sum_{j=0}^{L} s_j^{task}\mathbf{h}_{k,j}^{LM}
s^{task} = \mathrm{softmax}(w)
