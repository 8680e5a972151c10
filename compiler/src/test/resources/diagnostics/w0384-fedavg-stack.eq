% McMahan et al. 2017, FedAvg's server step: the K clients' models declared as a stack under the label k,
% weighted by the share p_k of the examples
w_{t+1}^{k} \in \mathbb{R}^{K \times d}, p \in \mathbb{R}^{K}
w_{t+1} = \sum_{k=1}^{K} p_k w_{t+1}^k
% ~WARNING W0384
