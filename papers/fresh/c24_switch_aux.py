from h import *
rng=np.random.default_rng(24); Tn,N=7,4
p=torch.softmax(T(rng.normal(size=(Tn,N))),-1).numpy(); D=np.eye(N)[p.argmax(1)]; a=0.01
exp=a*N*((T(D).mean(0))*(T(p).mean(0))).sum()
run('c24_switch_aux', {'p':p,'D':D,'\\alpha':a}, exp.numpy())
