% Understanding R1-Zero-like training (Dr. GRPO), Liu et al. (2025), Eq. 3: the advantage without the
% standard-deviation normalisation, for the G outputs of a group; R(q, o_i) the reward of output i (prose)
R(q, o) \in \mathbb{R}^{G}

\tilde{A}_{i,t} = R(q, o_i) - \mathrm{mean}(\{R(q, o_1), \dots, R(q, o_G)\})
