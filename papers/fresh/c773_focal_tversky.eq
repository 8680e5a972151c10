% Focal Tversky loss, Abraham & Khan (2019), Eqs. 3-4 for class c over N pixels: p_{ic} the predicted
% probability that pixel i is of class c, g_{ic} the label; \bar{c} the other (non-lesion) class
p \in \mathbb{R}^{N \times C}, g \in \mathbb{R}^{N \times C}, c, \bar{c} \in \mathbb{N}, \alpha, \beta, \gamma, \epsilon \in \mathbb{R}

TI_c = \frac{\sum_{i=1}^{N} p_{ic} g_{ic} + \epsilon}{\sum_{i=1}^{N} p_{ic} g_{ic} + \alpha \sum_{i=1}^{N} p_{i\bar{c}} g_{ic} + \beta \sum_{i=1}^{N} p_{ic} g_{i\bar{c}} + \epsilon}
FTL_c = (1 - TI_c)^{1/\gamma}
