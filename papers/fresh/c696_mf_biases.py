from h import *
rng=np.random.default_rng(696); f=3
for U,I in ((4,5),(4,4)):
    mu=0.7; bi=rng.normal(size=I); bu=rng.normal(size=U); Q=rng.normal(size=(I,f)); P=rng.normal(size=(U,f))
    run('c696_mf_biases', {r'\mu':mu,'b_i':bi,'b_u':bu,'Q':Q,'P':P}, mu+bi[None,:]+bu[:,None]+P@Q.T)
