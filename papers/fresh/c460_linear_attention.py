from h import *
rng=np.random.default_rng(460); N,D,M=5,3,4; Q,K,V=rng.normal(size=(N,D)),rng.normal(size=(N,D)),rng.normal(size=(N,M))
phi=lambda x: torch.nn.functional.elu(x)+1
fq,fk=phi(T(Q)),phi(T(K))
out=(fq@(fk.T@T(V)))/(fq@fk.sum(0)).unsqueeze(1)
run('c460_linear_attention', {'Q':Q,'K':K,'V':V}, out.numpy(), fn="V'")
