% PCGrad, Yu et al. (2020), Algorithm 1 / Eq. 1: projecting task gradient g_i onto the normal plane of a
% conflicting g_j (both of the parameter's size d)
\mathbf{g}_i, \mathbf{g}_j \in \mathbb{R}^{d}

\mathbf{g}_i^{\text{PC}} = \mathbf{g}_i - \frac{\mathbf{g}_i \cdot \mathbf{g}_j}{\|\mathbf{g}_j\|^2} \mathbf{g}_j
