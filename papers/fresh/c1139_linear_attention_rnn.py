from h import *
rng=np.random.default_rng(1139); N,d,dv=5,3,2; Q=rng.normal(size=(N,d)); K=rng.normal(size=(N,d)); V=rng.normal(size=(N,dv))
phi=lambda x: torch.nn.functional.elu(x)+1
s=torch.zeros(d,dv); z=torch.zeros(d); ys=[]
for i in range(N):
    s=s+torch.outer(phi(T(K[i])),T(V[i])); z=z+phi(T(K[i])); q=phi(T(Q[i])); ys.append((q@s)/(q@z))
run('c1139_linear_attention_rnn', {'Q':Q,'K':K,'V':V}, torch.stack(ys).numpy(), fn='y')
