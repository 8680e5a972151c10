% Graph attention networks, Veličković et al. (2018), Eq. 3-4: attention over the neighbourhood
% \mathcal{N}_i and the new features. Added: the adjacency matrix A (self-loops included) that gives
% \mathcal{N}_i; LeakyReLU with the paper's negative slope 0.2 and \sigma = ELU (helpers).
\vec{h} \in \mathbb{R}^{N \times F}, \mathbf{W} \in \mathbb{R}^{F' \times F}, \vec{\mathbf{a}} \in \mathbb{R}^{2F'}, A \in \mathbb{R}^{N \times N}

\mathrm{LeakyReLU}(x) = \max(0.2x, x)
\mathcal{N}_i = \{j \mid A_{ij} \neq 0\}
\sigma(x) = \begin{cases} x & \text{if } x > 0 \\ e^x - 1 & \text{otherwise} \end{cases}
\alpha_{ij} = \frac{\exp\left(\mathrm{LeakyReLU}\left(\vec{\mathbf{a}}^T[\mathbf{W}\vec{h}_i \| \mathbf{W}\vec{h}_j]\right)\right)}{\sum_{k \in \mathcal{N}_i} \exp\left(\mathrm{LeakyReLU}\left(\vec{\mathbf{a}}^T[\mathbf{W}\vec{h}_i \| \mathbf{W}\vec{h}_k]\right)\right)}
\vec{h}'_i = \sigma\left(\sum_{j \in \mathcal{N}_i} \alpha_{ij}\mathbf{W}\vec{h}_j\right)
