% Shalev-Shwartz & Ben-David, Understanding Machine Learning, Sec. 10.2, AdaBoost (the algorithm box), as printed (from
% memory of the printing): m examples; the weak hypothesis' predictions h_t(x_i) in {+-1} and labels y_i given
D^{(t)}, \mathbf{y}, h_t(\mathbf{x}) \in \mathbb{R}^{m}

\epsilon_t = \sum_{i=1}^m D_i^{(t)} \mathbb{1}_{[y_i \neq h_t(\mathbf{x}_i)]}
w_t = \frac{1}{2}\log\left(\frac{1}{\epsilon_t} - 1\right)
D_i^{(t+1)} = \frac{D_i^{(t)} \exp(-w_t y_i h_t(\mathbf{x}_i))}{\sum_{j=1}^m D_j^{(t)} \exp(-w_t y_j h_t(\mathbf{x}_j))} \text{ for all } i = 1, \ldots, m
