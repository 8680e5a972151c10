% Dropout (Srivastava et al. 2014), section 4: the thinned feed-forward step of layer l; r the Bernoulli mask
\mathbf{r}^{(l)}, \mathbf{y}^{(l)} \in \mathbb{R}^{n}, \mathbf{w}^{(l+1)} \in \mathbb{R}^{m \times n}, \mathbf{b}^{(l+1)} \in \mathbb{R}^{m}

\widetilde{\mathbf{y}}^{(l)} = \mathbf{r}^{(l)} * \mathbf{y}^{(l)}
z_i^{(l+1)} = \mathbf{w}_i^{(l+1)} \widetilde{\mathbf{y}}^{(l)} + b_i^{(l+1)}
