% MoCo, He et al. (2020), Eq. 1: InfoNCE over one positive key k_+ and the keys k_0..k_K of the
% dictionary (prose: the sum is over one positive and K negative samples)
q, k_+ \in \mathbb{R}^{C}, k \in \mathbb{R}^{(K+1) \times C}, \tau \in \mathbb{R}

\mathcal{L}_q = -\log \frac{\exp(q \cdot k_+ / \tau)}{\sum_{i=0}^{K} \exp(q \cdot k_i / \tau)}
