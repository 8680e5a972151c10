from h import *
rng=np.random.default_rng(960); d,V=4,7
h=rng.normal(size=d); W1=rng.normal(size=(d,d)); W2=rng.normal(size=(d,V))
z=torch.nn.functional.silu(T(W1)@T(h))+T(h)
# W_2 is d x V, so the only product with meaning is W_2^T z (the paper's code: a Linear(d, V) layer)
run('c960_medusa_head', {'h_t':h, 'W_1^{(k)}':W1, 'W_2^{(k)}':W2}, torch.softmax(T(W2).T@z,-1).numpy(), fn='p_t^{(k)}')
