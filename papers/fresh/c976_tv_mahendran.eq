% Total variation, Mahendran & Vedaldi (2015), Eq. 3 (the V^beta regulariser) of a single-channel image x
x \in \mathbb{R}^{H \times W}, \beta \in \mathbb{R}

\mathcal{R}_{V^\beta}(\mathbf{x}) = \sum_{i,j} \left( (x_{i,j+1} - x_{ij})^2 + (x_{i+1,j} - x_{ij})^2 \right)^{\frac{\beta}{2}}
