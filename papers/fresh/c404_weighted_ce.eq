% Class-weighted cross-entropy (e.g. Eq. 1 of Cui et al. 2019's baseline; PyTorch CrossEntropyLoss with
% weight and reduction='sum'): z_i the logits of sample i over C classes, alpha the class weights
z \in \mathbb{R}^{N \times C}, \alpha \in \mathbb{R}^{C}, y \in \{1, \dots, C\}^{N}

L = -\sum_{i=1}^{N} \alpha_{y_i} \log \frac{\exp(z_{i,y_i})}{\sum_{c=1}^{C} \exp(z_{i,c})}
