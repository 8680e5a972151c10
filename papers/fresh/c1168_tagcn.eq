% TAGCN, Du et al. (2017), Eqs. 2-3: the graph filter of each input feature c and output feature f is a polynomial
% of the normalised adjacency A (n nodes) with coefficients g_{c,f,k}, k = 0..K; x_c the c-th input feature column
\mathbf{A} \in \mathbb{R}^{n \times n}, \mathbf{x} \in \mathbb{R}^{n \times C}, g \in \mathbb{R}^{C \times F \times (K+1)}, b \in \mathbb{R}^{F}

\mathbf{G}_{c,f} = \sum_{k=0}^{K} g_{c,f,k} \mathbf{A}^k
\mathbf{y}_f = \sum_{c=1}^{C} \mathbf{G}_{c,f} \mathbf{x}_c + b_f \mathbf{1}
