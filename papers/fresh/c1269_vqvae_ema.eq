% VQ-VAE, van den Oord et al. (2017), App. A.1: the exponential moving average update of the K codebook vectors;
% n_i the number of encoder outputs assigned to e_i, E(x)_{i,j} the j-th of them (zero rows past n_i), all given
N^{(t-1)}, n^{(t)} \in \mathbb{R}^{K}, m^{(t-1)} \in \mathbb{R}^{K \times D}, E(x)^{(t)} \in \mathbb{R}^{K \times M \times D}, \gamma \in \mathbb{R}

N_i^{(t)} := N_i^{(t-1)} * \gamma + n_i^{(t)} (1 - \gamma)
m_i^{(t)} := m_i^{(t-1)} * \gamma + \sum_j E(x)_{i,j}^{(t)} (1 - \gamma)
e_i^{(t)} := \frac{m_i^{(t)}}{N_i^{(t)}}
