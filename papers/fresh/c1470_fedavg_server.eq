% FedAvg, McMahan et al. (2017), Algorithm 1 (FederatedAveraging), the server's step as the paper prints it (from
% memory of the printing): the K clients' models w_{t+1}^k, d parameters each, weighted by the n_k examples of
% client k; n = \sum_k n_k is the total (Sec. 2 prose, written out as a line here)
w_{t+1}^{k} \in \mathbb{R}^{K \times d}, n_k \in \mathbb{R}^{K}

n = \sum_{k=1}^{K} n_k
w_{t+1} \leftarrow \sum_{k=1}^{K} \frac{n_k}{n} w_{t+1}^k
