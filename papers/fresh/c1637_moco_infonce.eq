% MoCo, He et al. (2020), Eq. 1, pasted from the printing; the K+1 keys k_0 ... k_K are the rows of k, one of them
% the positive k_+ (given separately, prose)
q, k_+ \in \mathbb{R}^{C}, k \in \mathbb{R}^{(K+1) \times C}, \tau = 0.07

\mathcal{L}_q = -\log \frac{\exp(q \cdot k_+ / \tau)}{\sum_{i=0}^{K} \exp(q \cdot k_i / \tau)}
