from h import *
rng=np.random.default_rng(1701); n=6; R=rng.normal(size=n); Q1=0.5; a=0.2
run('c1701_sb_recency_average', {'R':R,'Q_1':Q1,r'\alpha':a}, np.array((1-a)**n*Q1+sum(a*(1-a)**(n-i)*R[i-1] for i in range(1,n+1))), fn='Q_{n+1}')
