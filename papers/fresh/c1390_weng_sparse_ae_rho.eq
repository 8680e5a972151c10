% Lilian Weng, "From Autoencoder to Beta-VAE" (2018), the sparse autoencoder's mean activation of hidden unit j in
% layer l over n samples, as printed: a^{(l)}(x) the n x s_l activations of the layer, one row per sample
a^{(l)}(\mathbf{x}) \in \mathbb{R}^{n \times s_l}, \rho \in \mathbb{R}

\hat{\rho}_j^{(l)} = \frac{1}{n} \sum_{i=1}^n [a_j^{(l)}(\mathbf{x}^{(i)})] \approx \rho
