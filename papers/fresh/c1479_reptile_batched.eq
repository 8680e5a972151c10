% Reptile, Nichol, Achiam & Schulman (2018), Algorithm 2 (batched version) as printed (from memory of the
% printing): W_i the parameters after k SGD steps on task tau_i (given, n tasks), phi the initialisation, d parameters
W \in \mathbb{R}^{n \times d}, \phi \in \mathbb{R}^{d}, \epsilon \in \mathbb{R}

\phi \leftarrow \phi + \epsilon \frac{1}{n} \sum_{i=1}^{n} (W_i - \phi)
