from h import *
rng=np.random.default_rng(1132); Tn,d,n=5,3,4; x=rng.normal(size=(Tn,d)); W=rng.normal(size=(n,n))*0.5; U=rng.normal(size=(n,d)); b=rng.normal(size=n)
h=torch.zeros(n); out=[]
for t in range(Tn):
    h=torch.tanh(T(W)@h+T(U)@T(x[t])+T(b)); out.append(h)
run('c1132_elman_rnn', {'x':x,'W':W,'U':U,'b':b}, torch.stack(out).numpy(), fn='h')
