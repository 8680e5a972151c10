from h import *
rng=np.random.default_rng(904); k=5; H=rng.normal(size=k); A,R,Rb,al=3,1.2,0.4,0.1
p=torch.softmax(T(H),0); e=T(H)-al*(R-Rb)*p; e[A]=T(H)[A]+al*(R-Rb)*(1-p[A])
run('c904_gradient_bandit', {'H_t':H,'A_t':A,'R_t':R,r'\bar{R}_t':Rb,r'\alpha':al}, e.numpy(), fn='H_{t+1}')
