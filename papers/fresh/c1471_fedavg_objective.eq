% FedAvg, McMahan et al. (2017), Sec. 2, the federated objective as printed (from memory of the printing): F_k(w)
% the average loss on client k's n_k examples (given, one per client), n the total number of examples
F_k(w), n_k \in \mathbb{R}^{K}, n \in \mathbb{R}

f(w) = \sum_{k=1}^{K} \frac{n_k}{n} F_k(w)
