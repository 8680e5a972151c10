from h import *
rng=np.random.default_rng(593); L,d=4,3
E=rng.normal(size=(L,d)); R=rng.normal(size=(L,d)); Wq,WkE,WkR=(rng.normal(size=(d,d)) for _ in range(3)); u,v=rng.normal(size=d),rng.normal(size=d)
A=np.zeros((L,L))
for i in range(L):
    for j in range(L):
        # R_{i-j}: relative distance i-j >= 0 for the causal part; negative distances read 0 (none given)
        r=R[i-j] if i-j>=0 else np.zeros(d)
        A[i,j]=E[i]@Wq.T@WkE@E[j]+E[i]@Wq.T@WkR@r+u@WkE@E[j]+v@WkR@r
run('c593_txl_relattn', {'E':E,'R':R,'W_q':Wq,'W_{k,E}':WkE,'W_{k,R}':WkR,'u':u,'v':v}, A, fn=r'A^{\mathrm{rel}}')
