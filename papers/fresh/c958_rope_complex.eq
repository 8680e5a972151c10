% RoFormer (Su et al., 2021), Eq. 12 in complex form (as LLaMA's code applies it): each pair of entries of the
% projected query is one complex number, rotated by e^{i m theta}; the query at position m given as d/2 complex entries
q_m \in \mathbb{C}^{d/2}, \theta \in \mathbb{R}^{d/2}, m \in \mathbb{R}

\tilde{q}_m = q_m e^{i m \theta}
