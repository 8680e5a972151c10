% SchNet, Schuett et al. (2017), Eq. 2: the continuous-filter convolution at atom i over the n atoms; the filters
% W^l(r_i - r_j) generated for every pair of atoms given, F features each (prose)
\mathbf{x}^l \in \mathbb{R}^{n \times F}, W^l(\mathbf{r}_i - \mathbf{r}_j) \in \mathbb{R}^{n \times n \times F}

\mathbf{x}_i^{l+1} = (X^l * W^l)_i = \sum_j \mathbf{x}_j^l \circ W^l(\mathbf{r}_i - \mathbf{r}_j)
