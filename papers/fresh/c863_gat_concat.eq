% Graph attention networks, Velickovic et al. (2018), Eq. 5: K independent heads concatenated; alpha^k the
% K heads' normalised coefficients and W^k their weight matrices (prose), sigma the ELU (Sec. 3.3)
\alpha \in \mathbb{R}^{K \times N \times N}, \mathbf{W} \in \mathbb{R}^{K \times F' \times F}, \vec{h} \in \mathbb{R}^{N \times F}, \mathcal{N} \in \{0,1\}^{N \times N}

\sigma(x) = \begin{cases} x & \text{if } x > 0 \\ e^x - 1 & \text{otherwise} \end{cases}
\vec{h}'_i = \Big\Vert_{k=1}^{K} \sigma\left(\sum_{j \in \mathcal{N}_i} \alpha_{ij}^k \mathbf{W}^k \vec{h}_j\right)
